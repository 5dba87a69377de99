/** Where the generated lexicons live, and a generated file's name and text. */

/** `src/language/data/`, where the generators write. */
export const DATA_DIR = new URL("../../src/language/data/", import.meta.url);

/** A generated data file: its name inside {@link DATA_DIR} and its full text. */
export interface GeneratedFile {
  name: string;
  text: string;
}
