package org.prongsai.shared.web;

import org.prongsai.shared.BuddhistDates;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A date typed wrong in a form is refused beside its field in words that say what is wrong (a Christian-Era
 * year, the 31st of February, a year out of range), not as a bare "wrong format".
 */
@ControllerAdvice
class DateRefusals {

    @InitBinder
    void sayWhatIsWrongWithADate(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
                if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof BuddhistDates.Refused refused
                        && ex.getPropertyName() != null) {
                    result.addError(new FieldError(
                            result.getObjectName(),
                            ex.getPropertyName(),
                            ex.getValue(),
                            true,
                            new String[] {refused.key()},
                            new Object[] {refused.argument()},
                            refused.key()));
                    return;
                }
                super.processPropertyAccessException(ex, result);
            }
        });
    }
}
