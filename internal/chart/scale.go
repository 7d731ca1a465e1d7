package chart

import (
	"math"
)

// axis returns the top of a value axis that starts at 0 and the step between its ticks: about four
// steps of 1, 2 or 5 times a power of ten. Counts get whole steps; percentages stop at 100.
// Zero, negative or non-finite maxima give a unit axis, so equal or zero values never make an empty
// range.
func axis(max float64, counts, percent bool) (top, step float64) {
	if max <= 0 || math.IsNaN(max) || math.IsInf(max, 0) {
		return 1, 1
	}
	raw := max / 4
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step = 10 * mag
	for _, m := range []float64{1, 2, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	if counts && step < 1 {
		step = 1
	}
	top = math.Ceil(max/step-1e-9) * step
	if percent && top > 100 {
		top = 100
	}
	return top, step
}

// ticks lists the tick values from 0 to top.
func ticks(top, step float64) []float64 {
	var out []float64
	for v := 0.0; v <= top+step/1000; v += step {
		out = append(out, math.Round(v*1e6)/1e6)
	}
	return out
}
