// The bundle's entry, beside bundle/tsconfig.json (see there why): the action's own entry point.
import '../src/index.js'
