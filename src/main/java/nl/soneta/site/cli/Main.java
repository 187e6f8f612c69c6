package nl.soneta.site.cli;
public class Main { public static void main(String[] a) {} }
