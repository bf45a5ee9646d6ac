export declare function nginxLines(headers: Record<string, string>): string[];
