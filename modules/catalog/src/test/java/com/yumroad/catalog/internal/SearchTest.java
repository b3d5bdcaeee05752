package com.yumroad.catalog.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.paging.InvalidCursorException;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.events.dispatch-after-commit", value = "false")
@Property(name = "yumroad.events.scheduler.enabled", value = "false")
class SearchTest implements FreshDatabase {

    @Inject
    Catalog catalog;
    @Inject
    Sellers sellers;
    @Inject
    StatementCounter statements;
    @Inject
    @Client("/")
    HttpClient client;

    Sellers.Seller ada;
    long inName;
    long inTags;
    long inDescription;
    long unrelated;

    @BeforeAll
    void products() {
        ada = sellers.newSeller("Ada Searcher");
        inDescription = make("Kitchen Notes", "Forty watercolor recipes for the kitchen", List.of("cooking"));
        inTags = make("Sky Set", "Clouds and skies", List.of("watercolor", "brushes"));
        inName = make("Watercolor Brushes Pro", "A set for painters", List.of("painting"));
        unrelated = make("Oil Paint Guide", "Thick paint, slow drying", List.of("oil"));
        for (int i = 0; i < 23; i++) {
            make("Watercolor study " + i, "Page " + i, List.of("study"));
        }
    }

    private long make(String name, String description, List<String> tags) {
        return catalog.create(ada.id(), new NewProduct(name, description, 500L, tags)).id();
    }

    private List<Long> ids(String q, int limit) {
        return catalog.list(ProductQuery.matching(q), PageRequest.first(limit)).items().stream().map(Product::id)
                .toList();
    }

    @Test
    void nameAndTagsCountMoreThanTheDescriptionAndWordsAreStemmed() {
        List<Long> found = ids("watercolor brushes", 100);

        assertThat(found).containsExactly(inName, inTags);
        List<Long> all = ids("watercolors", 100);
        assertThat(all).contains(inName, inTags, inDescription).doesNotContain(unrelated).hasSize(26);
        assertThat(all.indexOf(inDescription)).as("description only: last").isEqualTo(all.size() - 1);
        assertThat(ids("recipe", 100)).containsExactly(inDescription);
    }

    @Test
    void phrasesExclusionsAndFiltersWork() {
        assertThat(ids("\"oil paint\"", 10)).containsExactly(unrelated);
        assertThat(ids("watercolor -study", 100)).containsExactlyInAnyOrder(inName, inTags, inDescription);
        assertThat(catalog.list(new ProductQuery(null, null, "painting", "watercolor"), PageRequest.first(10))
                .items()).extracting(Product::id).containsExactly(inName);
        assertThat(ids("the", 10)).as("only stop words: nothing, not everything").isEmpty();
    }

    @Test
    void walkingThePagesSeesEveryMatchOnceInTheOrderOfOneBigPage() {
        List<Long> oneBigPage = ids("watercolor", 100);
        List<Long> walked = new ArrayList<>();
        String cursor = null;
        do {
            Page<Product> page = catalog.list(ProductQuery.matching("watercolor"), new PageRequest(4, cursor));
            page.items().forEach(p -> walked.add(p.id()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(walked).hasSize(26).containsExactlyElementsOf(oneBigPage);
        String next = catalog.list(ProductQuery.matching("watercolor"), PageRequest.first(4)).nextCursor();
        assertThatThrownBy(() -> catalog.list(ProductQuery.matching("brushes"), new PageRequest(4, next)))
                .as("a cursor belongs to its search").isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aSearchCostsTheStatementsOfAListingWhateverThePageSize() {
        var one = statements.count(() -> catalog.list(ProductQuery.matching("watercolor"), PageRequest.first(1)));
        var many = statements.count(() -> catalog.list(ProductQuery.matching("watercolor"), PageRequest.first(100)));
        var listing = statements.count(() -> catalog.list(ProductQuery.all(), PageRequest.first(1)));

        assertThat(many.result().items()).hasSize(26);
        assertThat(one.statements()).isEqualTo(listing.statements());
        assertThat(many.statements()).isEqualTo(one.statements());
    }

    @Test
    void changedNamesAndTagsAreFoundAtOnceAndOldOnesNoLonger() {
        long product = make("Gouache Starter", "Opaque colours", List.of("gouache"));
        assertThat(ids("gouache", 10)).contains(product);

        catalog.change(product, ada.id(), new ProductChanges(null, null, null, List.of("tempera")));
        assertThat(ids("tempera", 10)).containsExactly(product);
        assertThat(ids("gouache", 10)).as("still in the name").containsExactly(product);

        catalog.change(product, ada.id(), new ProductChanges("Egg Tempera Starter", null, null, null));
        assertThat(ids("gouache", 10)).isEmpty();
        assertThat(ids("tempera", 10)).containsExactly(product);
    }

    @Test
    void aSearchThatIsEmptyTooLongOrNotTextIsRefusedOnItsField() {
        for (String bad : List.of("   ", "x".repeat(201), "paint\u0000", "\ud800paint")) {
            assertThatThrownBy(() -> ids(bad, 10)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("q"));
        }
    }

    @Test
    void theApiSearchesWithQ() {
        @SuppressWarnings("unchecked")
        Map<String, Object> page = client.toBlocking().retrieve("/api/v1/products?q=watercolor%20brushes", Map.class);

        assertThat((List<?>) page.get("items")).hasSize(2);
        assertThat(((Map<?, ?>) ((List<?>) page.get("items")).get(0)).get("id")).isEqualTo((int) inName);
    }
}
