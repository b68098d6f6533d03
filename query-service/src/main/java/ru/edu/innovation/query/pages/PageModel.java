package ru.edu.innovation.query.pages;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.edu.innovation.query.security.Reader;

/** What every page's header shows: who is logged in, in which role. */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {

    /** The logged-in reader, or none on the login page. */
    @ModelAttribute("reader")
    public Reader reader() {
        return current();
    }

    static Reader current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Reader reader ? reader : null;
    }
}
