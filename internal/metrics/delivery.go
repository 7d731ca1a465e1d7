package metrics

import (
	"fmt"
	"slices"
	"strings"
)

// deliveryKey identifies a delivery counter.
type deliveryKey struct{ report, channel, status string }

// ObserveDelivery records one message of report to channel ("email" or "webhook") that ended with
// status ("sent" or "failed"). A report whose last message failed shows as undelivered until one
// goes out.
func (r *Registry) ObserveDelivery(report, channel, status string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.deliveries == nil {
		r.deliveries, r.undelivered = make(map[deliveryKey]int), make(map[string]bool)
	}
	r.deliveries[deliveryKey{report, channel, status}]++
	r.undelivered[report] = status != "sent"
}

// writeDeliveries appends the delivery metrics to b; r.mu is held.
func (r *Registry) writeDeliveries(b *strings.Builder) {
	keys := make([]deliveryKey, 0, len(r.deliveries))
	for k := range r.deliveries {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b deliveryKey) int {
		return strings.Compare(a.report+"\x00"+a.channel+"\x00"+a.status, b.report+"\x00"+b.channel+"\x00"+b.status)
	})
	b.WriteString("# HELP marketbrief_deliveries_total Messages sent about runs, by channel and outcome.\n# TYPE marketbrief_deliveries_total counter\n")
	for _, k := range keys {
		fmt.Fprintf(b, "marketbrief_deliveries_total{report=%q,channel=%q,status=%q} %d\n", k.report, k.channel, k.status, r.deliveries[k])
	}
	names := make([]string, 0, len(r.undelivered))
	for n := range r.undelivered {
		names = append(names, n)
	}
	slices.Sort(names)
	b.WriteString("# HELP marketbrief_delivery_failing 1 when the report's last message failed after every attempt.\n# TYPE marketbrief_delivery_failing gauge\n")
	for _, n := range names {
		v := 0
		if r.undelivered[n] {
			v = 1
		}
		fmt.Fprintf(b, "marketbrief_delivery_failing{report=%q} %d\n", n, v)
	}
}
