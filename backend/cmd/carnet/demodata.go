package main

import (
	"fmt"
	"io"
)

func demoDataCmd(args []string, stdout io.Writer) error {
	_ = args
	_ = stdout
	return fmt.Errorf("demo-data: not available yet")
}
