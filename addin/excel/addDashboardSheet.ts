import type { DashboardFigures } from "../../core";
import type { Profile } from "../../core";
import { describeOfficeError } from "./officeErrors";
import { asText, asTextRows } from "./textCells";
import { runExcel } from "./runExcel";

export const dashboardSheet = "Risk dashboard";
const topCountries = 10;

/**
 * Adds a sheet with the band counts and exposure by country, each with a real Excel chart (exceljs
 * cannot make charts, so the downloaded register shows them as coloured cells). Two round trips.
 * An existing sheet of that name is left alone: the user is asked to rename or delete it.
 */
export async function addDashboardSheet(
  figures: DashboardFigures,
  profile: Profile,
  asOf: string,
): Promise<{ sheet: string } | { error: string }> {
  try {
    return await runExcel(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(dashboardSheet);
      existing.load("isNullObject");
      await context.sync();
      if (!existing.isNullObject) {
        return { error: `A sheet named '${dashboardSheet}' already exists. Rename or delete it, then add the dashboard again.` };
      }
      const ws = context.workbook.worksheets.add(dashboardSheet);
      ws.getRangeByIndexes(0, 0, 1, 1).values = [[asText(`Export risk dashboard, as of ${asOf}`)]];
      ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;

      const bands: (string | number)[][] = [
        ["Residual band", "Deals"],
        ...profile.bands.map((b) => [b.label, figures.residualBands[b.id]]),
      ];
      const bandRange = ws.getRangeByIndexes(2, 0, bands.length, 2);
      bandRange.values = asTextRows(bands);
      const bandChart = ws.charts.add("ColumnClustered", bandRange, "Columns");
      bandChart.title.text = "Deals by residual band";
      bandChart.setPosition("D3", "K17");

      const countries = [...figures.exposureByCountry].sort((a, b) => b.value - a.value).slice(0, topCountries);
      const exposure: (string | number)[][] = [
        ["Country", "Exposure"],
        ...countries.map((c) => [c.currency ? `${c.label} (${c.currency})` : c.label, c.value]),
      ];
      const exposureRange = ws.getRangeByIndexes(19, 0, exposure.length, 2);
      exposureRange.values = asTextRows(exposure);
      if (countries.length > 0) {
        const chart = ws.charts.add("BarClustered", exposureRange, "Columns");
        chart.title.text = `Exposure by country (top ${countries.length}, deal value)`;
        chart.setPosition("D20", "K36");
      }
      ws.activate();
      await context.sync();
      return { sheet: dashboardSheet };
    });
  } catch (err) {
    return { error: describeOfficeError(err, "add the dashboard sheet").message };
  }
}
