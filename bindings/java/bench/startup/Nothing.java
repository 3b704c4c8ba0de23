/** Part 6: the same JVM, same class path, doing nothing but print the same answer. */
public class Nothing {
    public static void main(String[] args) {
        System.out.println("403");
    }
}
