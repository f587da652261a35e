// What the analyzer cannot see by itself in teamkit's sources, added to custom-elements.json:
// - tags: elements register through `defineElement('<tag>', Class)` in `src/components/<tag>/<tag>.ts`, not
//   `customElements.define()`; each such call becomes the class's `tagName` and a custom-element-definition.
//   The one `customElements.define(tag, class extends element {})` inside that helper is not an element.
// - internal state: Lit's `@state()` fields are reactive internals, not API (some are public only because a
//   context decorator needs them to be); they are left out like private members.
// - event types: every event is declared once, in a `GlobalEventHandlersEventMap` next to its class. An `@fires`
//   without `{Type}` takes the type from there; one whose `{Type}` disagrees is an error. Events the analyzer
//   guessed from `dispatchEvent(new SomeEvent(arg))` (it names them after `arg`) are renamed to the real name.
// Problems are printed and make `cem analyze` exit non-zero; the manifest is still written to look at.
import { dirname, join, normalize } from 'node:path';

/** A valid custom element name: lower case, starts with a letter, contains a dash. */
const isCustomElementName = (name) => /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(name);

const classes = (manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.kind === 'class').map((declaration) => ({ module, declaration })));

/** `./x.component.js` imported from `src/components/x/x.ts` → `src/components/x/x.component.ts`, as the manifest names modules. */
function importedModule(sourceFile, ts, identifier) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    const imports = named && ts.isNamedImports(named) && named.elements.some((element) => element.name.text === identifier);
    if (!imports) continue;
    const specifier = statement.moduleSpecifier.text;
    return specifier.startsWith('.') ? normalize(join(dirname(sourceFile.fileName), specifier)).replace(/\.js$/, '.ts') : specifier;
  }
  return sourceFile.fileName;
}

export function teamkitPlugin() {
  /** Event name → its class and the module declaring it. */
  const eventMap = new Map();
  /** `Class.field` of every `@state()` field. */
  const internal = new Set();
  const problems = [];

  return {
    name: 'teamkit',

    analyzePhase({ ts, node, moduleDoc }) {
      // defineElement('team-table', TeamTable)
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineElement') {
        const [tag, element] = node.arguments;
        if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element)) {
          moduleDoc.exports = [
            ...(moduleDoc.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: tag.text,
              declaration: { name: element.text, module: importedModule(node.getSourceFile(), ts, element.text) },
            },
          ];
        }
      }
      // @state() accessor contextClient
      if (ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name) && ts.isClassLike(node.parent) && node.parent.name) {
        const decorators = ts.getDecorators(node) ?? [];
        const isState = decorators.some((decorator) => ts.isCallExpression(decorator.expression) && ts.isIdentifier(decorator.expression.expression) && decorator.expression.expression.text === 'state');
        if (isState) internal.add(`${node.parent.name.text}.${node.name.text}`);
      }
      // declare global { interface GlobalEventHandlersEventMap { 'tk-member-removed': MemberRemovedEvent } }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.name || !ts.isStringLiteral(member.name)) continue;
          if (!member.type || !ts.isTypeReferenceNode(member.type) || !ts.isIdentifier(member.type.typeName)) continue;
          eventMap.set(member.name.text, { name: member.type.typeName.text, module: moduleDoc.path });
        }
      }
    },

    packageLinkPhase({ customElementsManifest: manifest }) {
      // The registry's own `customElements.define(tag, class extends element {})` is a helper, not an element.
      for (const module of manifest.modules) {
        const bogus = (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition' && !isCustomElementName(entry.name));
        if (!bogus.length) continue;
        const anonymous = new Set(bogus.map((entry) => entry.declaration.name));
        module.exports = module.exports.filter((entry) => !bogus.includes(entry));
        module.declarations = (module.declarations ?? []).filter((declaration) => !anonymous.has(declaration.name));
      }

      const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'));
      const classNameOfEvent = new Map([...eventMap].map(([event, type]) => [type.name, event]));

      for (const { module, declaration } of classes(manifest)) {
        declaration.members = declaration.members?.filter((member) => !internal.has(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`));
        const definition = definitions.find((entry) => entry.declaration.name === declaration.name);
        if (definition) {
          if (declaration.tagName && declaration.tagName !== definition.name) {
            problems.push(`${module.path}: ${declaration.name} says @tagname ${declaration.tagName} but is registered as <${definition.name}>`);
          }
          declaration.tagName = definition.name;
          declaration.customElement = true;
        }
        if (!declaration.events?.length) continue;

        const events = [];
        for (const event of declaration.events) {
          // `dispatchEvent(new WorkspaceChangeEvent(workspaceId))` reads as an event named `workspaceId`.
          const guessed = !eventMap.has(event.name) && classNameOfEvent.get(event.type?.text);
          const name = guessed || event.name;
          const existing = events.find((other) => other.name === name);
          if (existing) {
            // The same event twice (guessed and documented): keep what each knows, e.g. the JSDoc description.
            for (const [key, value] of Object.entries(event)) if (key !== 'name') existing[key] ??= value;
            continue;
          }
          events.push({ ...event, name });
        }
        for (const event of events) {
          const known = eventMap.get(event.name);
          if (!known) {
            problems.push(`${module.path}: ${declaration.name} lists "${event.name}", which no GlobalEventHandlersEventMap declares`);
            continue;
          }
          if (event.type?.text && event.type.text !== known.name) {
            problems.push(`${module.path}: @fires {${event.type.text}} ${event.name}, but ${event.name} is a ${known.name}`);
          }
          event.type = { text: known.name, references: [{ name: known.name, module: known.module, start: 0, end: known.name.length }] };
        }
        declaration.events = events;
      }

      for (const problem of problems) console.error(`custom-elements.json: ${problem}`);
      if (problems.length) process.exitCode = 1;
    },
  };
}
