package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"

	"marketbrief/internal/model"
)

// distinctWidths returns charts with no two PNGs of the same pixel width, padding later ones with
// white columns on the right (invisible at print size). fpdf writes images ordered by width and
// breaks ties in map order, so equal widths would make two renders of one brief differ.
func distinctWidths(charts []model.Chart) ([]model.Chart, error) {
	used := map[int]bool{}
	out := make([]model.Chart, 0, len(charts))
	for _, c := range charts {
		pad := 0
		for used[c.Width+pad] {
			pad++
		}
		if pad > 0 {
			b, err := padRight(c.PNG, pad)
			if err != nil {
				return nil, err
			}
			c.PNG, c.Width = b, c.Width+pad
		}
		used[c.Width] = true
		out = append(out, c)
	}
	return out, nil
}

// padRight adds n white columns to the right of a PNG.
func padRight(b []byte, n int) ([]byte, error) {
	src, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	r := src.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, r.Dx()+n, r.Dy()))
	draw.Draw(dst, dst.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(dst, image.Rect(0, 0, r.Dx(), r.Dy()), src, r.Min, draw.Src)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, dst); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
