#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const built = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(built)) {
  process.stderr.write("export-risk is not built yet: run `npm run build:cli` (npm ci does it for you).\n");
  process.exit(2);
}
require(built);
