/**
 * `npm start`'s server as a child process on a free port, for the docs tests and the memory benchmark:
 * resolves once it prints its URL; `stop()` ends it by its PID and waits for it to exit.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface ServeChild {
  origin: string;
  port: number;
  pid: number;
  /** SIGTERM to the child's PID, then SIGKILL if it is still there after 5 s. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * `references`: let the server build the SDK and HTTP API references if they are missing or stale (typedoc
 * takes half a minute of CPU); off by default, so tests that do not open them do not pay for it.
 */
export async function startServeChild({ timeout = 60_000, references = false } = {}): Promise<ServeChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, PORT: String(await freePort()), ...(references ? {} : { TEAMKIT_SKIP_REFERENCES: '1' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { pid } = child;
  if (pid === undefined) throw new Error('Could not start scripts/serve.ts');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  let output = '';
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The server printed no URL within ${timeout / 1000} s:\n${output}`)), timeout);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
        if (url) {
          clearTimeout(timer);
          child.stdout.off('data', read);
          child.stderr.off('data', read);
          resolve(url[0]);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The server exited (${code}) before listening:\n${output}`));
      });
    });
    // Keep draining its output, or a chatty server blocks on a full pipe; its errors are worth seeing.
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    return { origin, port: Number(new URL(origin).port), pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
