// Reading custom-elements.json: the registered elements and what of them is public API.
import type { ClassDeclaration, ClassField, CustomElement, Package } from 'custom-elements-manifest/schema.js';

/** An element class as the analyzer describes it, once its tag is known. */
export type ElementDeclaration = ClassDeclaration & CustomElement & { tagName: string };

/** Every registered element with the module that declares its class, in tag order. */
export function registeredElements(manifest: Package): { path: string; element: ElementDeclaration }[] {
  return manifest.modules
    .flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration): declaration is ElementDeclaration => 'tagName' in declaration && typeof declaration.tagName === 'string')
        .map((element) => ({ path: module.path, element })),
    )
    .sort((a, b) => a.element.tagName.localeCompare(b.element.tagName));
}

/** Properties a host may set: public, per instance and writable (methods, statics, privates and getters are not). */
export function publicProperties(element: ElementDeclaration): ClassField[] {
  // The analyzer writes `readonly` for getters without a setter; schema 1.0.0 does not declare it.
  const readonly = (member: ClassField) => 'readonly' in member && member.readonly === true;
  return (element.members ?? []).filter(
    (member): member is ClassField => member.kind === 'field' && !member.privacy && !member.static && !readonly(member),
  );
}
