import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// Microsoft's Office add-in rules (with typescript-eslint's recommended set, which they include);
// TypeScript itself checks undefined names, so ESLint's no-undef is off for .ts/.tsx.
export default [
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      "no-unused-vars": "off",
    },
  },
];
