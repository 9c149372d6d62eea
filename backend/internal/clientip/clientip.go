// Package clientip tells the address of the client behind a request: the
// connection's peer or, when the peer is a trusted proxy, the right-most
// X-Forwarded-For entry that is not itself a trusted proxy. (Fiber's c.IP()
// with a proxy header returns entries the client may have made up.)
package clientip

import (
	"net/netip"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// Resolver knows which proxies are trusted.
type Resolver struct {
	proxies []netip.Prefix
}

// New parses trusted proxies given as IPs or CIDR ranges (already validated
// by config; unparsable entries are ignored).
func New(trusted []string) *Resolver {
	r := &Resolver{}
	for _, p := range trusted {
		if strings.Contains(p, "/") {
			if pfx, err := netip.ParsePrefix(p); err == nil {
				r.proxies = append(r.proxies, pfx.Masked())
			}
		} else if ip, err := netip.ParseAddr(p); err == nil {
			ip = ip.Unmap()
			r.proxies = append(r.proxies, netip.PrefixFrom(ip, ip.BitLen()))
		}
	}
	return r
}

// Trusted reports whether ip is a trusted proxy.
func (r *Resolver) Trusted(ip netip.Addr) bool {
	for _, p := range r.proxies {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// Addr returns the client's address.
func (r *Resolver) Addr(c *fiber.Ctx) netip.Addr {
	addr, _ := netip.AddrFromSlice(c.Context().RemoteIP())
	addr = addr.Unmap()
	if len(r.proxies) == 0 || !r.Trusted(addr) {
		return addr
	}
	hops := strings.Split(c.Get(fiber.HeaderXForwardedFor), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		ip, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break // garbage: keep the last hop we could trust
		}
		addr = ip.Unmap()
		if !r.Trusted(addr) {
			break
		}
	}
	return addr
}
