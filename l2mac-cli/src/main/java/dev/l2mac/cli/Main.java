package dev.l2mac.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("l2mac " + Runtime.version());
    }
}
