// labonnealternance/redis from the installed tarball, by name, in both module systems: it loads, it
// takes a client of the node-redis shape, and its LbaInputError is the main entry's (the redis entry
// imports the error classes from ./index.js / ./index.cjs instead of carrying copies).
import { createRequire } from "node:module";
import { LbaInputError } from "labonnealternance";
import { createRedisStore } from "labonnealternance/redis";

const require = createRequire(import.meta.url);
const cjs = require("labonnealternance/redis");
const cjsMain = require("labonnealternance");
const sent = [];
const client = { isOpen: true, isReady: true, sendCommand: async (args) => (sent.push(args[0]), null) };
for (const [name, create, Input] of [["esm", createRedisStore, LbaInputError], ["cjs", cjs.createRedisStore, cjsMain.LbaInputError]]) {
  const store = create({ client, prefix: "smoke" });
  if (store.name !== "redis") throw new Error(`${name}: not a redis store`);
  if ((await store.lookupCache({ ttlMs: 1000, report: () => {} }).get("k")) !== undefined) throw new Error(`${name}: a missing key is not a miss`);
  let thrown;
  try {
    create({ client, prefix: "has spaces" });
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof Input) || !(thrown instanceof LbaInputError) || thrown.issues[0].field !== "prefix") throw new Error(`${name}: bad prefix did not throw the main entry's LbaInputError`);
}
if (sent.join() !== "GET,GET") throw new Error(`unexpected commands: ${sent.join()}`);
console.log("labonnealternance/redis: ESM and CJS load, one LbaInputError class family");
