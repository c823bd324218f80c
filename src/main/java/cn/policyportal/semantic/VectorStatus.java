package cn.policyportal.semantic;

/**
 * Where the vectors stand, for {@code /api/index/status}, {@code /admin} and the command line.
 *
 * @param state          {@code off} (turned off), {@code unavailable} (the model could not be
 *                       loaded), {@code waiting} (not started), {@code building} or {@code ready}
 * @param done           units with a vector in this run (cached or computed)
 * @param total          units this run brings up to date
 * @param embedded       units this run embedded (not found in the cache)
 * @param unitsPerSecond the embedding rate of this run
 * @param message        what a person should know, in Chinese
 */
public record VectorStatus(String state, int done, int total, int embedded, double unitsPerSecond, String message) {

    static VectorStatus of(String state, String message) {
        return new VectorStatus(state, 0, 0, 0, 0, message);
    }
}
