/** Two projects: node for core, functions and cli; jsdom for task-pane components. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-manifest pulls an ESM-only package under Node 20; the mock only needs OfficeApp.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  testTimeout: 60000,
};
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "jsdom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      // jsdom resolves the "browser" export, an ES module ts-jest cannot load; the CommonJS build is the same code.
      moduleNameMapper: { ...common.moduleNameMapper, "^transliteration$": "<rootDir>/node_modules/transliteration/dist/node/src/node/index.js" },
    },
  ],
};
