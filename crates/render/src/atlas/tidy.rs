//! A tidy layered layout for trees of boxes of any size: every subtree gets
//! its own band of columns, children are placed left to right in order,
//! and a parent is centred over its children. Boxes at the same depth share
//! a row, as tall as the tallest of them. Linear in the number of boxes.
//!
//! The `reingold-tilford` crate was tried first: it spreads the siblings
//! between two subtrees by their centres, ignoring their widths, so boxes
//! of different widths overlapped.

/// A box of the tree; index 0 is the root.
pub struct TreeBox {
    pub width: f64,
    pub height: f64,
    pub children: Vec<usize>,
}

/// The top-left corner of every box, the root at depth 0.
pub fn layout(boxes: &[TreeBox], h_gap: f64, v_gap: f64) -> Vec<(f64, f64)> {
    let mut span = vec![0.0; boxes.len()];
    let mut depth = vec![0; boxes.len()];
    let order = preorder(boxes, &mut depth);
    for &index in order.iter().rev() {
        let children = &boxes[index].children;
        let children_span: f64 = children.iter().map(|child| span[*child]).sum::<f64>() + h_gap * children.len().saturating_sub(1) as f64;
        span[index] = boxes[index].width.max(children_span);
    }

    let rows = depth.iter().copied().max().unwrap_or(0) + 1;
    let mut row_height = vec![0.0_f64; rows];
    for (index, tree_box) in boxes.iter().enumerate() {
        row_height[depth[index]] = row_height[depth[index]].max(tree_box.height);
    }
    let mut row_top = vec![0.0; rows];
    for row in 1..rows {
        let gap = if row_height[row - 1] > 0.0 { v_gap } else { 0.0 };
        row_top[row] = row_top[row - 1] + row_height[row - 1] + gap;
    }

    let mut left = vec![0.0; boxes.len()];
    let mut corners = vec![(0.0, 0.0); boxes.len()];
    for &index in &order {
        let tree_box = &boxes[index];
        let children = &tree_box.children;
        let children_span: f64 = children.iter().map(|child| span[*child]).sum::<f64>() + h_gap * children.len().saturating_sub(1) as f64;
        let mut x = left[index] + (span[index] - children_span) / 2.0;
        for child in children {
            left[*child] = x;
            x += span[*child] + h_gap;
        }
        let center = match (children.first(), children.last()) {
            (Some(first), Some(last)) => (left[*first] + span[*first] / 2.0 + left[*last] + span[*last] / 2.0) / 2.0,
            _ => left[index] + span[index] / 2.0,
        };
        let x = (center - tree_box.width / 2.0).clamp(left[index], left[index] + span[index] - tree_box.width);
        corners[index] = (x, row_top[depth[index]]);
    }
    corners
}

/// Boxes in pre-order, filling in each one's depth; iterative, so deep
/// trees do not exhaust the stack.
fn preorder(boxes: &[TreeBox], depth: &mut [usize]) -> Vec<usize> {
    let mut order = Vec::with_capacity(boxes.len());
    let mut stack = vec![0];
    while let Some(index) = stack.pop() {
        order.push(index);
        for child in boxes[index].children.iter().rev() {
            depth[*child] = depth[index] + 1;
            stack.push(*child);
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree_box(width: f64, children: &[usize]) -> TreeBox {
        TreeBox { width, height: 10.0, children: children.to_vec() }
    }

    #[test]
    fn boxes_of_different_widths_never_overlap() {
        let boxes = vec![tree_box(50.0, &[1, 2, 3]), tree_box(200.0, &[4]), tree_box(30.0, &[]), tree_box(120.0, &[]), tree_box(300.0, &[])];
        let corners = layout(&boxes, 10.0, 20.0);
        let row: Vec<(f64, f64)> = [1, 2, 3].iter().map(|index| (corners[*index].0, corners[*index].0 + boxes[*index].width)).collect();
        for pair in row.windows(2) {
            assert!(pair[0].1 + 10.0 <= pair[1].0 + 1e-9, "{row:?}");
        }
        assert_eq!(corners[4].1, 40.0);
    }

    #[test]
    fn parents_are_centred_over_their_children() {
        let boxes = vec![tree_box(40.0, &[1, 2]), tree_box(100.0, &[]), tree_box(100.0, &[])];
        let corners = layout(&boxes, 20.0, 20.0);
        assert_eq!(corners[0], (80.0, 0.0));
        assert_eq!(corners[2].0, 120.0);
    }
}
