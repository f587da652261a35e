import type { DevServerConfig } from '@web/dev-server';

export type Middleware = NonNullable<DevServerConfig['middleware']>[number];
export type Plugin = NonNullable<DevServerConfig['plugins']>[number];

export declare const nodeResolve: { exportConditions: string[] };
export declare function typescriptPlugin(options?: { inlineScripts?: boolean }): Plugin;
export declare const mockServiceWorkerMiddleware: Middleware;
