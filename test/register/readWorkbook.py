"""Independent reader for the register tests: openpyxl's view of a workbook, as JSON on stdout."""
import datetime
import json
import sys

import openpyxl


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()
    return v


book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "properties": {"title": book.properties.title, "created": value(book.properties.created), "modified": value(book.properties.modified), "creator": book.properties.creator}}
for ws in book.worksheets:
    setup = ws.sheet_properties.pageSetUpPr
    out["sheets"].append(
        {
            "name": ws.title,
            "maxRow": ws.max_row,
            "maxColumn": ws.max_column,
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "printTitleRows": ws.print_title_rows,
            "orientation": ws.page_setup.orientation,
            "fitToPage": bool(setup and setup.fitToPage),
            "fitToWidth": ws.page_setup.fitToWidth,
            "header": ws.oddHeader.left.text,
            "footer": ws.oddFooter.right.text,
            "conditionalFormats": len(ws.conditional_formatting),
            "state": ws.sheet_state,
            "scale": ws.page_setup.scale,
            "rowBreaks": [b.id for b in ws.row_breaks.brk],
            "validations": [str(dv.sqref) for dv in ws.data_validations.dataValidation],
            "rows": [[[value(c.value), c.data_type] for c in row] for row in ws.iter_rows()],
        }
    )
json.dump(out, sys.stdout)
