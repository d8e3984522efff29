// npm run schema:print writes schema.graphql from the code; schema:check fails when it drifted.
import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { PROJECT_ROOT } from "../src/db.js";
import { rawSchema } from "../src/graphql/schema.js";

const file = path.join(PROJECT_ROOT, "schema.graphql");
const printed = `${printSchema(rawSchema)}\n`;

if (process.argv.includes("--check")) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (committed !== printed) {
    console.error("schema.graphql is out of date: run `npm run schema:print` and commit it.");
    process.exit(1);
  }
  console.log("schema.graphql is up to date.");
} else {
  fs.writeFileSync(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
