package dev.typeheat.cargo;

/** A cargo typeheat request that cannot work as given (a usage error, exit 2), found before cargo starts. */
public final class CargoRequestException extends RuntimeException {
    public CargoRequestException(String message) {
        super(message);
    }
}
