// npm run openapi writes openapi.json and the README's REST route table from the route table;
// `--check` fails when either drifted (test/openapi.test.ts checks the same).
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/db.js";
import { buildOpenApiDocument } from "../src/rest/openapi.js";
import { routeTableMarkdown, withRouteTable } from "../src/rest/route-table.js";
import { restRoutes } from "../src/rest/routes/index.js";
import { VERSION } from "../src/version.js";

const documentFile = path.join(PROJECT_ROOT, "openapi.json");
const readmeFile = path.join(PROJECT_ROOT, "README.md");
const document = `${JSON.stringify(buildOpenApiDocument(restRoutes, { version: VERSION }), null, 2)}\n`;
const readme = withRouteTable(fs.readFileSync(readmeFile, "utf8"), routeTableMarkdown(restRoutes));

if (process.argv.includes("--check")) {
  const stale = [
    ...(fs.existsSync(documentFile) && fs.readFileSync(documentFile, "utf8") === document ? [] : ["openapi.json"]),
    ...(fs.readFileSync(readmeFile, "utf8") === readme ? [] : ["README.md's route table"]),
  ];
  if (stale.length) {
    console.error(`${stale.join(" and ")} out of date: run \`npm run openapi\` and commit.`);
    process.exit(1);
  }
  console.log("openapi.json and the README route table are up to date.");
} else {
  fs.writeFileSync(documentFile, document);
  fs.writeFileSync(readmeFile, readme);
  console.log("wrote openapi.json and README.md's route table");
}
