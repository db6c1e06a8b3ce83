#!/usr/bin/env node
'use strict';
// The `influmap` command: runs the bundle that `npm install` (prepare) and `npm run build` make.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', '..', 'dist', 'cli', 'influmap.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('influmap: not built yet; run: npm run build\n');
  process.exit(1);
}
require(bundle);
