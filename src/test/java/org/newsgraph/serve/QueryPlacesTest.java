package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One client holds at most half of the places the endpoint and the pages share; the others still get theirs. */
class QueryPlacesTest {
    @Test
    void aClientHoldsAtMostHalfThePlacesAndAnotherStillGetsOne() throws Exception {
        QueryPlaces places = new QueryPlaces(8);
        List<QueryPlaces.Place> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) held.add(places.take("10.0.0.1", 100));
        QueryPlaces.Busy busy = assertThrows(QueryPlaces.Busy.class, () -> places.take("10.0.0.1", 100));
        assertTrue(busy.getMessage().contains("at most 4 at once"), busy.getMessage());
        try (QueryPlaces.Place other = places.take("10.0.0.2", 100)) {
            assertTrue(other != null, "another client is served");
        }
        held.remove(0).close();
        try (QueryPlaces.Place again = places.take("10.0.0.1", 100)) {
            assertTrue(again != null, "a place given back is free again");
        }
        for (QueryPlaces.Place p : held) p.close();
    }

    @Test
    void whenEveryPlaceIsTakenTheNextRequestIsRefused() throws Exception {
        QueryPlaces places = new QueryPlaces(4);
        List<QueryPlaces.Place> held = new ArrayList<>();
        held.add(places.take("a", 100));
        held.add(places.take("a", 100));
        held.add(places.take("b", 100));
        held.add(places.take("b", 100));
        QueryPlaces.Busy busy = assertThrows(QueryPlaces.Busy.class, () -> places.take("c", 100));
        assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
        for (QueryPlaces.Place p : held) p.close();
    }
}
