// The benchmark's baseline (SPEC §9): the smallest React 19 app, built by the same
// Vite in the same run as the widget, so every figure is a ratio that cancels machine noise.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');

createRoot(container).render(
  <StrictMode>
    <h1>Hello</h1>
  </StrictMode>,
);
