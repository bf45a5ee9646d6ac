export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
export declare const firefoxPath: string;
export declare const firefoxUserPrefs: Record<string, string | number | boolean>;
