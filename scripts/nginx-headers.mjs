// Prints the nginx `add_header` lines for the headers the build wrote, so the production
// server sends exactly what `vite preview` sends and the widget was built for:
//
//   npm run build && npm run --silent headers:nginx > /etc/nginx/snippets/set-callback-headers.conf
//
// Reads dist/security-headers.json, or the file given as the first argument.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One `add_header … always;` line per header; refuses what nginx would read differently. */
export function nginxLines(headers) {
  return Object.entries(headers).map(([name, value]) => {
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`not a header name: ${JSON.stringify(name)}`);
    // Inside double quotes nginx still expands $variables and ends at a quote.
    if (/["$\\\r\n]/.test(value)) throw new Error(`${name}: value has a character nginx would reinterpret: ${JSON.stringify(value)}`);
    return `add_header ${name} "${value}" always;`;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? 'dist/security-headers.json';
  let built;
  try {
    built = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : error}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  console.log(`# Written by \`npm run build\` for VITE_ALLOWED_HOST_ORIGINS: ${built.allowedHostOrigins.join(', ') || '(none)'}`);
  for (const line of nginxLines(built.headers)) console.log(line);
}
