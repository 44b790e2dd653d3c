// One definition of how options are read, shared with the widget: input/own.ts. Re-exported here so
// the modules of core/ keep their imports.
export { isRecord, own, ownOr } from "../input/own.js";
