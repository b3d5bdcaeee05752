package com.yumroad.site.web;

import io.micronaut.views.ModelAndView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections site adds to a page of a module below it (the account page, the receipt): the page's template shows
 * each {@code section} fragment of {@link Section#template} with {@link Section#model}, in the order added.
 */
final class PageSections {

    private PageSections() {
    }

    /** A Thymeleaf template holding a {@code section(model)} fragment, and its model. */
    record Section(String template, Map<String, Object> model) {
    }

    static void add(ModelAndView<Map<String, Object>> view, Section section) {
        Map<String, Object> model = new HashMap<>(view.getModel().orElseGet(Map::of));
        List<Object> sections = new ArrayList<>();
        if (model.get("sections") instanceof List<?> shown) {
            sections.addAll(shown);
        }
        sections.add(section);
        model.put("sections", sections);
        view.setModel(model);
    }
}
