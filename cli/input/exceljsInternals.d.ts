// exceljs modules used by the streaming sheet reader; exceljs ships no typings for them.
declare module "exceljs/lib/utils/parse-sax" {
  type SaxEvent =
    | { eventType: "opentag"; value: { name: string; attributes: Record<string, string> } }
    | { eventType: "closetag"; value: { name: string } }
    | { eventType: "text"; value: string };
  const parseSax: (iterable: AsyncIterable<unknown>) => AsyncIterable<SaxEvent[]>;
  export = parseSax;
}
declare module "exceljs/lib/utils/utils" {
  export function isDateFmt(fmt: string | undefined): boolean;
  export function excelToDate(v: number, date1904?: boolean): Date;
}
