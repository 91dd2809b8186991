// A Vite plugin that writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of the build (issue 11), so
// the server sends the smaller file as it is (@fastify/static `preCompressed`) instead of compressing on every
// request or sending it uncompressed. Compressed once per build, at the highest levels: the cost is paid at build,
// never per request.
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|webmanifest)$/;
/** Below this the headers cost more than the saving. */
const MIN_BYTES = 1024;

export function precompress(): Plugin {
  return {
    name: 'kompetanseloft-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist/web';
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const file = path.join(dir, fileName);
        const data = fs.readFileSync(file);
        if (data.length < MIN_BYTES) continue;
        fs.writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
        fs.writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}
