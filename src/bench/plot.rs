//! The benchmark's plot: seconds against corpus size, one line per measured series, both axes
//! logarithmic so that a straight line of slope one is linear growth.

use anyhow::Context;
use plotters::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// Reads `articles,series,seconds` rows (a header line, `#` comments) into series of points.
pub fn read_table(text: &str) -> anyhow::Result<BTreeMap<String, Vec<(f64, f64)>>> {
    let mut series: BTreeMap<String, Vec<(f64, f64)>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("articles") {
            continue;
        }
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        let [articles, name, seconds] = cells.as_slice() else {
            anyhow::bail!("line {}: expected articles,series,seconds, found {line:?}", n + 1);
        };
        let x: f64 = articles
            .parse()
            .with_context(|| format!("line {}: articles {articles:?}", n + 1))?;
        let y: f64 = seconds
            .parse()
            .with_context(|| format!("line {}: seconds {seconds:?}", n + 1))?;
        series.entry(name.to_string()).or_default().push((x, y.max(0.001)));
    }
    for points in series.values_mut() {
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    Ok(series)
}

/// Draws the table into an SVG file.
pub fn draw(table: &Path, output: &Path) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(table).with_context(|| format!("reading {}", table.display()))?;
    let series = read_table(&text).with_context(|| table.display().to_string())?;
    anyhow::ensure!(!series.is_empty(), "{}: no rows to plot", table.display());
    let points = series.values().flatten();
    let (x_min, x_max) = points
        .clone()
        .fold((f64::MAX, 0f64), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (y_min, y_max) = points.fold((f64::MAX, 0f64), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let root = SVGBackend::new(output, (900, 600)).into_drawing_area();
    let plot = || -> Result<(), Box<dyn std::error::Error + '_>> {
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .caption("newsgraph: time against corpus size", ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(44)
            .y_label_area_size(64)
            .build_cartesian_2d(
                (x_min * 0.8..x_max * 1.25).log_scale(),
                (y_min * 0.5..y_max * 2.0).log_scale(),
            )?;
        chart
            .configure_mesh()
            .x_desc("articles")
            .y_desc("seconds (wall)")
            .draw()?;
        for (i, (name, pts)) in series.iter().enumerate() {
            let color = Palette99::pick(i).to_rgba();
            chart
                .draw_series(LineSeries::new(pts.iter().copied(), color.stroke_width(2)))?
                .label(name.as_str())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2)));
            chart.draw_series(pts.iter().map(|&p| Circle::new(p, 3, color.filled())))?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()?;
        root.present()?;
        Ok(())
    };
    plot().map_err(|e| anyhow::anyhow!("drawing {}: {e}", output.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_into_sorted_series_and_bad_rows_are_named() {
        let t = "articles,series,seconds\n10000,build,12.5\n1000,build,1.5\n1000,extract,0.4\n";
        let s = read_table(t).unwrap();
        assert_eq!(s["build"], vec![(1000.0, 1.5), (10000.0, 12.5)]);
        assert_eq!(s.len(), 2);
        let err = read_table("1000,build\n").unwrap_err().to_string();
        assert!(err.contains("line 1"), "{err}");
    }
}
