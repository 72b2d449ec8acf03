"""Reports rendered from results: the HTML run report (巡检报告) and the CLI's summary rows."""

from robot.reports.run_report import render_run_report, render_summary_rows

__all__ = ["render_run_report", "render_summary_rows"]
