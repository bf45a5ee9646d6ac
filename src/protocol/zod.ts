import { z } from 'zod/mini';

// zod probes `new Function` to compile fast object parsers; under our CSP (no
// 'unsafe-eval') that probe is a CSP violation report on every load. Interpret instead.
z.config({ jitless: true });

export { z };
