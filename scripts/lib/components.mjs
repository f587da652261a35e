// Which elements exist: folders of src/components holding a `<tag>/<tag>.ts` define file
// (custom element names contain a dash; `shared/` does not).
import { existsSync, readdirSync } from 'node:fs';

export function componentTags(root = 'src/components') {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((dirent) => dirent.isDirectory() && dirent.name.includes('-'))
    .map((dirent) => dirent.name)
    .filter((tag) => existsSync(`${root}/${tag}/${tag}.ts`))
    .sort();
}
