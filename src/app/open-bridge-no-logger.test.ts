import { expect, test, vi } from 'vitest';
import { readWidgetConfig } from '../call-context/widget-config';
import { openBridge } from './open-bridge';

// The console logger's chunk fails to load (a deploy replaced it, the network dropped it).
vi.mock('../protocol/debug-log', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

test('with ?debug=1 and no logger to load, the bridge still opens and asks for the modes', async () => {
  const parent = { postMessage: vi.fn() };
  const win = Object.assign(new EventTarget(), { parent, location: { origin: 'https://widget.example.net' } }) as unknown as Window;
  const config = readWidgetConfig('?callid=12345&accountNumber=A&debug=1');
  const { bridge, modes } = await openBridge(win, { kind: 'embedded', config, hostOrigin: 'https://desk.example.com' });
  expect(parent.postMessage).toHaveBeenCalledWith(expect.objectContaining({ subtopic: 'GetCallBackModes' }), 'https://desk.example.com');
  expect(modes).not.toBeNull();
  bridge.destroy();
  await expect(modes).rejects.toMatchObject({ code: 'DESTROYED' });
});
