/** The part of madge's API the layout test uses (madge ships no types). */
declare module 'madge' {
  interface MadgeResult {
    /** Each file (relative to `baseDir`) and the files it imports. */
    obj(): Record<string, string[]>;
    /** Each import cycle, as the files along it. */
    circular(): string[][];
  }
  interface MadgeOptions {
    baseDir?: string;
    fileExtensions?: string[];
    tsConfig?: string;
  }
  export default function madge(paths: string[], options?: MadgeOptions): Promise<MadgeResult>;
}
