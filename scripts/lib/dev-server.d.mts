import type { Middleware, Plugin } from '@web/dev-server';

export declare const nodeResolve: { exportConditions: string[] };
export declare function typescriptPlugin(): Plugin;
export declare const mockServiceWorkerMiddleware: Middleware;
