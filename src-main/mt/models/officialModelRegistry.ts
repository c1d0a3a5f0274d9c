/**
 * Where "Download" looks for the official Bergamot models unless the user sets another address in
 * Settings: the model registry that `@browsermt/bergamot-translator` 0.4.9 itself defaults to
 * (Firefox Translations' registry shape). Its files sit beside it as `<folder>/<pair>/<name>`
 * (stored gzip-encoded and served plain unless asked otherwise); modelDownload.ts asks for
 * `<name>.gz` first and falls back to the plain name, and checks the SHA-256 of the decompressed
 * file either way. Nothing is fetched from it unless the user presses Download. Whether this
 * registry lists the Indonesian pairs was not checked from our build machines (no access).
 */
export const officialModelRegistryUrl = 'https://storage.googleapis.com/bergamot-models-sandbox/0.3.3/registry.json';
