#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping, which needs Node.js 24.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(
    `weegschaal needs Node.js 24 (this is ${process.versions.node}). Run it through npm ` +
      '(npm run weegschaal -- ...), which uses the Node.js pinned in the project.',
  );
  process.exit(1);
}
await import('../src/main.ts');
