package org.sitrep.store;

/** The store could not do what was asked (database unreachable, disk full…); nothing half-done was kept. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
