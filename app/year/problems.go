package year

import (
	"errors"

	"samverka/model"
)

// asProblems finds validation problems in err, a single field error
// counting as one.
func asProblems(err error, p *model.Problems) bool {
	if errors.As(err, p) {
		return true
	}
	var single *model.Error
	if errors.As(err, &single) && single.Field != "" {
		*p = model.Problems{single}
		return true
	}
	return false
}
