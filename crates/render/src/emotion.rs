//! The emotion lane: the curve of how each step feels, on the workspace's
//! emotion scale, with the neutral line and every value written out.

use journey_model::Journey;

use crate::grid::Grid;
use crate::items::emotion_text;
use crate::svg::{Anchor, Paint, Svg, num};
use crate::theme::{self, MARGIN};

const HEIGHT: f64 = 150.0;
/// Room above and below the plot for value labels.
const PLOT_PAD: f64 = 24.0;
const POINT_RADIUS: f64 = 6.0;

pub struct EmotionLane {
    pub title: String,
    /// Per column: the step's emotion, if it has one.
    values: Vec<Option<f64>>,
    scale: (f64, f64),
}

impl EmotionLane {
    /// `None` when no step has an emotion.
    pub fn build(journey: &Journey, grid: &Grid, title: String, scale: (f64, f64)) -> Option<EmotionLane> {
        let mut values = Vec::new();
        for (index, stage) in journey.stages.iter().enumerate() {
            let columns = grid.stage_columns(index);
            values.extend(stage.steps.iter().map(|step| step.emotion));
            values.extend(std::iter::repeat_n(None, columns.len() - stage.steps.len()));
        }
        if values.iter().all(Option::is_none) {
            return None;
        }
        let scale = if scale.0 < scale.1 { scale } else { (-2.0, 2.0) };
        Some(EmotionLane { title, values, scale })
    }

    pub fn height(&self) -> f64 {
        HEIGHT
    }

    fn y(&self, top: f64, value: f64) -> f64 {
        let (min, max) = self.scale;
        let value = value.clamp(min, max);
        top + PLOT_PAD + (max - value) / (max - min) * (HEIGHT - 2.0 * PLOT_PAD)
    }

    pub fn draw(&self, svg: &mut Svg, grid: &Grid, top: f64, shaded: bool) {
        grid.draw_lane_frame(svg, top, HEIGHT, &self.title, shaded);
        self.draw_scale(svg, grid, top);
        let points: Vec<Option<(f64, f64, f64)>> = self
            .values
            .iter()
            .enumerate()
            .map(|(column, value)| {
                value.map(|value| {
                    (
                        grid.column_x(column) + grid.column_width() / 2.0,
                        self.y(top, value),
                        value,
                    )
                })
            })
            .collect();
        self.draw_curve(svg, &points);
        for (x, y, value) in points.iter().flatten() {
            svg.circle(
                (*x, *y),
                POINT_RADIUS,
                Paint::outlined(theme::emotion(*value), "#ffffff").width(2.0),
            );
            let label_y = if *y - top < PLOT_PAD + 4.0 {
                y + POINT_RADIUS + 13.0
            } else {
                y - POINT_RADIUS - 5.0
            };
            svg.text(
                *x,
                label_y,
                Anchor::Middle,
                theme::BODY_BOLD,
                theme::INK,
                &emotion_text(*value),
            );
        }
    }

    /// Lines at the ends of the scale and at zero, with their values.
    fn draw_scale(&self, svg: &mut Svg, grid: &Grid, top: f64) {
        let (min, max) = self.scale;
        let mut ticks = vec![max, min];
        if min < 0.0 && max > 0.0 {
            ticks.push(0.0);
        }
        let right = grid.left() + grid.columns_width();
        for tick in ticks {
            let y = self.y(top, tick);
            let paint = if tick == 0.0 {
                Paint::outlined("none", theme::RULE).dashed("4 4")
            } else {
                Paint::outlined("none", theme::GRID)
            };
            svg.line((grid.left(), y), (right, y), paint);
            let x = MARGIN + crate::grid::LANE_HEAD_WIDTH - 8.0;
            svg.text(x, y + 4.0, Anchor::End, theme::SMALL, theme::MUTED, &emotion_text(tick));
        }
    }

    /// Smooth segments between neighbouring steps that both have a value;
    /// a step without one breaks the curve. Control points share the
    /// endpoints' heights, so the curve never leaves the scale.
    fn draw_curve(&self, svg: &mut Svg, points: &[Option<(f64, f64, f64)>]) {
        let mut data = String::new();
        let mut previous: Option<(f64, f64)> = None;
        for point in points {
            match (previous, point) {
                (Some((x0, y0)), Some((x1, y1, _))) => {
                    let middle = (x0 + x1) / 2.0;
                    data.push_str(&format!(
                        " C{} {} {} {} {} {}",
                        num(middle),
                        num(y0),
                        num(middle),
                        num(*y1),
                        num(*x1),
                        num(*y1)
                    ));
                }
                (None, Some((x1, y1, _))) => data.push_str(&format!(" M{} {}", num(*x1), num(*y1))),
                _ => {}
            }
            previous = point.map(|(x, y, _)| (x, y));
        }
        if !data.is_empty() {
            svg.path(data.trim_start(), Paint::outlined("none", "#334155").width(2.5));
        }
    }
}
