/** Reads the `--redis` URL: `redis://host:port` (port 6379 when left out), nothing else. */

/** Where a Redis server listens. */
export interface RedisAddress {
  host: string;
  port: number;
}

/** Parses `redis://host[:port]`; throws a TypeError naming the expected form when it is not one. */
export function parseRedisUrl(value: string): RedisAddress {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError('--redis must be a URL like redis://127.0.0.1:6379.');
  }
  const bare = url.pathname === '' || url.pathname === '/';
  if (url.protocol !== 'redis:' || url.hostname === '' || !bare || url.search || url.username) {
    throw new TypeError('--redis must be a URL like redis://127.0.0.1:6379.');
  }
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 6379 };
}
