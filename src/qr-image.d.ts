// Types of the qr-image package (it ships none), as vpp uses it.
declare module 'qr-image' {
  interface Options {
    type?: 'png' | 'svg' | 'pdf' | 'eps';
    ec_level?: 'L' | 'M' | 'Q' | 'H';
    size?: number;
    margin?: number;
  }
  export function imageSync(text: string, options?: Options): Buffer | string;
  export function matrix(text: string, ecLevel?: string): number[][];
}
