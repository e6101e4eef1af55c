package ee.lim.plugin.uci.internal;

import ee.lim.spi.model.DateEffective;
import java.time.LocalDate;
import java.util.List;

/** Facts of Portuguese school law shared by the two profiles. */
final class PortugueseSchooling {
    /**
     * The age at which compulsory schooling ends: 15 under the Education System Act (Law 46/86 of
     * 14 October, nine years of basic education), 18 under Law 85/2009 of 27 August.
     */
    // NOTE: Law 85/2009 applied first to pupils entering grades 1 to 7 in 2009/10; the single
    // switch date 2009-09-01 simplifies that phase-in.
    static final List<DateEffective<Integer>> COMPULSORY_END_AGE =
            List.of(
                    new DateEffective<>(LocalDate.of(1986, 10, 14), LocalDate.of(2009, 8, 31), 15),
                    new DateEffective<>(LocalDate.of(2009, 9, 1), null, 18));

    private PortugueseSchooling() {}
}
